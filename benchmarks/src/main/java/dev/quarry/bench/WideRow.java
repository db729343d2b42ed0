package dev.quarry.bench;

/** One row of the thirty-column layout: an id, then text, integer and real columns in turn. */
public record WideRow(long id, String c01, Long c02, Double c03, String c04, Long c05, Double c06, String c07, Long c08, Double c09, String c10, Long c11, Double c12, String c13, Long c14, Double c15, String c16, Long c17, Double c18, String c19, Long c20, Double c21, String c22, Long c23, Double c24, String c25, Long c26, Double c27, String c28, Long c29) {
}
