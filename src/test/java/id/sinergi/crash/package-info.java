/** Crash tests: the real application in a child JVM, killed with SIGKILL and started again. */
package id.sinergi.crash;
