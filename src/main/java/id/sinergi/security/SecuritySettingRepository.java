package id.sinergi.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecuritySettingRepository extends JpaRepository<SecuritySetting, String> {
}
