package id.sinergi.desabinaan;

/** How exposed the village is to trafficking and non-procedural migration. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    public String messageKey() {
        return "desabinaan.risk." + name();
    }
}
