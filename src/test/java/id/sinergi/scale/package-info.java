/** National-scale data generator, benchmarks, memory and load measurements (main classes, not part of the test suite). */
package id.sinergi.scale;
