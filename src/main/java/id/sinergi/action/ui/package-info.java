/** Screens for action items: the meeting's action plan, all items, our agency's items, one item's page. */
package id.sinergi.action.ui;
