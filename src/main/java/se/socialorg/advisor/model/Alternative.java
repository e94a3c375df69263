package se.socialorg.advisor.model;

/** The organisational models the product compares (Altimeter Group 2010, reference-data.md s.4). */
public enum Alternative {
  /** One central social-media team owns every channel. */
  CENTRALISED,
  /** A small centre of excellence sets strategy, drives proactive communication, coaches spokes. */
  HUB_AND_SPOKE,
  /** Employees, especially technical experts, are the main voice; marketing coaches. */
  DISTRIBUTED_ADVOCACY,
  /** "Dandelion": one hub per business unit or country under a shared centre. */
  MULTIPLE_HUB_AND_SPOKE,
  /** "Honeycomb": every employee enabled under common guidelines. */
  HOLISTIC
}
