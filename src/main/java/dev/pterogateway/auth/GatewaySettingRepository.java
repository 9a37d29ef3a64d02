package dev.pterogateway.auth;

import org.springframework.data.jpa.repository.JpaRepository;

interface GatewaySettingRepository extends JpaRepository<GatewaySetting, String> {

}
