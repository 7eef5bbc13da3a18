/** Coordination meetings (Rapat): schedule, agenda, attendance, outcomes, status from draft to final, minutes. */
package id.sinergi.meeting;
