package id.warta.figure;

/** The dimensions of figures Warta extracts. */
public enum FigureType {
  /** An amount of money: {@code Rp4,17 triliun}. */
  MONEY,
  /** A percentage or percentage points: {@code 6%}, {@code 10-15 persen}. */
  PERCENT,
  /** A measurement with a unit: {@code 5.000 meter persegi}, {@code 150 km/jam}. */
  QUANTITY,
  /** A count of things, with or without a classifier: {@code 34.000 unit menara}, {@code 300 perusahaan}. */
  COUNT,
  /** A calendar date or period: {@code 4/7/2020}, {@code Juli 2020}, {@code kuartal III 2021}, {@code kemarin}. */
  DATE,
  /** A length of time: {@code tiga tahun}, {@code dalam 6 bulan}. */
  DURATION,
  /** A rank: {@code ke-3}, {@code ketiga}. */
  ORDINAL
}
