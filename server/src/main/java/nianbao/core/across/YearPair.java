package nianbao.core.across;

/** Last year's and this year's report of one agency. */
public record YearPair(YearReport previous, YearReport current) {
}
