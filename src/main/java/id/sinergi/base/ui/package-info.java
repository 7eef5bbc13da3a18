/** The application shell and small shared UI pieces. */
package id.sinergi.base.ui;
