/** Spring Security setup, the login view and the password change view. */
package id.sinergi.security;
