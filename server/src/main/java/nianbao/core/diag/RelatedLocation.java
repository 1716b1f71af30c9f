package nianbao.core.diag;

/** Another place a finding depends on, e.g. the cells summed by a total. */
public record RelatedLocation(Range range, String message) {
}
