package id.sinergi.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {
}
