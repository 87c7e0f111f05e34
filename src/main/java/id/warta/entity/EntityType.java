package id.warta.entity;

/** The kinds of named entity Warta recognizes. See the annotation guidelines in {@code src/corpus/entities/GUIDELINES.md}. */
public enum EntityType {
  /** A named person. */
  PER,
  /** A named organization: company, brand used as the company, government body, party, club, school. */
  ORG,
  /** A named place: country, province, regency, city, district, street, industrial estate, region. */
  LOC,
  /** A named product model: vehicle, phone, app, software. */
  PRODUCT
}
