/** Views and dialogs for agencies, immigration offices and officers. */
package id.sinergi.agency.ui;
