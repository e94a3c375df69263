package se.socialorg.advisor.store.survey;

/**
 * The numeric scale a willingness column was answered on, and how its answers are stored on the
 * 1-5 scale. On every scale the top two answers count as willing (stored 4 and 5): 4-5 of 1-5,
 * 6-7 of 1-7, 9-10 of 0-10; the middle answer is neutral (stored 3).
 */
enum WillingnessScale {
  ONE_TO_FIVE(1, 5, new int[] {1, 2, 3, 4, 5}),
  ONE_TO_SEVEN(1, 7, new int[] {1, 2, 3, 3, 3, 4, 5}),
  ZERO_TO_TEN(0, 10, new int[] {1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5});

  private final int low;
  private final int high;
  private final int[] stored;

  WillingnessScale(int low, int high, int[] stored) {
    this.low = low;
    this.high = high;
    this.stored = stored;
  }

  int low() {
    return low;
  }

  int high() {
    return high;
  }

  /** The answer on the stored 1-5 scale. */
  int toStored(int answer) {
    return stored[answer - low];
  }

  /**
   * The scale named in the header ("(1-7)", "0-10"), else the smallest scale holding every
   * answer: 1-5, then 1-7, then 0-10.
   */
  static WillingnessScale of(String header, int min, int max) {
    String h = header.replace('–', '-').replaceAll("\\s+", "");
    if (h.contains("0-10") && min >= 0 && max <= 10) {
      return ZERO_TO_TEN;
    }
    if (h.contains("1-7") && min >= 1 && max <= 7) {
      return ONE_TO_SEVEN;
    }
    if (min >= 1 && max <= 5) {
      return ONE_TO_FIVE;
    }
    if (min >= 1 && max <= 7) {
      return ONE_TO_SEVEN;
    }
    return ZERO_TO_TEN;
  }
}
