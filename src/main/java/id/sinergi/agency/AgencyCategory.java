package id.sinergi.agency;

/** Kind of agency (DESIGN.md, Agency). */
public enum AgencyCategory {
    MINISTRY, REGIONAL_GOVERNMENT, VERTICAL_OFFICE, IMMIGRATION, VILLAGE_GOVERNMENT, LAW_ENFORCEMENT, NGO, COMMUNITY;

    public String messageKey() {
        return "agency.category." + name();
    }
}
