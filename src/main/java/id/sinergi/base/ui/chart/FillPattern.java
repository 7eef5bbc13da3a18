package id.sinergi.base.ui.chart;

/**
 * A second cue besides colour, so series are told apart without colour vision and in black-and-white print: bars are
 * filled with the pattern, lines drawn with a matching dash and point shape.
 */
public enum FillPattern {
    SOLID, STRIPES, DOTS, CROSSHATCH
}
