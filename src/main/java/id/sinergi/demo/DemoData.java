package id.sinergi.demo;

/** One feature's share of the demo data, loaded once on the first start in demo mode. */
public interface DemoData {

    /** Lower runs first: regions before agencies before users before meetings. */
    int order();

    void load();
}
