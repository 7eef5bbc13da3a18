/** The dashboard home page (leadership, coordinators, administrators) and a liaison's agency figures. */
package id.sinergi.dashboard.ui;
