package id.warta.figure;

/** How a figure's value relates to the true amount. */
public enum Qualifier {
  /** The value as stated. */
  EXACT,
  /** {@code lebih dari}, {@code di atas}. */
  MORE_THAN,
  /** {@code sedikitnya}, {@code minimal}, {@code paling sedikit}. */
  AT_LEAST,
  /** {@code sekitar}, {@code sekira}, {@code kurang lebih}, {@code kisaran}. */
  ABOUT,
  /** "-an" magnitudes: {@code jutaan}, {@code puluhan ribu}. */
  APPROX,
  /** {@code hampir}, {@code kurang dari}, {@code di bawah}. */
  LESS_THAN,
  /** {@code maksimal}, {@code hingga} as a cap. */
  AT_MOST
}
