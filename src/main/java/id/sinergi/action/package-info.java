/** Action items (Rencana Aksi): what a meeting agreed, who owns it, progress updates with evidence, history. */
package id.sinergi.action;
