/** The audit log view for administrators, with its Excel export. */
package id.sinergi.audit.ui;
