package id.sinergi.dashboard;

/** A choice of the dashboard's Kanwil/province filter: a Kanwil and the province it covers. */
public record KanwilArea(String provinceCode, String provinceName, String kanwilName) {
}
