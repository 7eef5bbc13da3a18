/** Login and password change views. */
package id.sinergi.security.ui;
