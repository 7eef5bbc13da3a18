/** Meeting views: the meetings list, the meeting page with its sections, forms and dialogs. */
package id.sinergi.meeting.ui;
