package id.sinergi.region;

import org.springframework.data.jpa.repository.JpaRepository;

/** Look-up by code; searches and writes go through {@link RegionSearch} and {@link RegionTable} (plain JDBC). */
interface RegionRepository extends JpaRepository<Region, String> {
}
