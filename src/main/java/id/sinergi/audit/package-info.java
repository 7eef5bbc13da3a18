/** The append-only audit trail: every change to meetings, action items, assignments and users leaves an event. */
package id.sinergi.audit;
