package id.sinergi.desabinaan.ui;

import id.sinergi.agency.Agency;
import id.sinergi.desabinaan.RosterRow;

/** A line of the roster tree: a Kanwil, an office under it, or an assignment (a village) under the office. */
record RosterNode(Agency agency, RosterRow row, long villages) {

    static RosterNode group(Agency agency, long villages) {
        return new RosterNode(agency, null, villages);
    }

    static RosterNode assignment(RosterRow row) {
        return new RosterNode(null, row, 0);
    }

    boolean isAssignment() {
        return row != null;
    }
}
