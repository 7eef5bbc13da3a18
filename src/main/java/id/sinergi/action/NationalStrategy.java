package id.sinergi.action;

/** The six strategies of the national action plan against trafficking (RAN PP-TPPO). */
public enum NationalStrategy {
    PREVENTION, REHABILITATION, RETURN_REINTEGRATION, LEGAL_NORMS, LAW_ENFORCEMENT, COORDINATION_COOPERATION;

    public String messageKey() {
        return "actionItem.strategy." + name();
    }
}
