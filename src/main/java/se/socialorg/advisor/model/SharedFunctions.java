package se.socialorg.advisor.model;

/**
 * How HR, IT and Finance are organised; Altimeter/Prophet 2015 advise mirroring it in the
 * social-media organisation.
 */
public enum SharedFunctions {
  CENTRAL,
  FEDERATED,
  DECENTRALISED
}
