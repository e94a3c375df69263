/**
 * Plain domain records and enums: a scenario's inputs, its provenance, and the reference
 * figures. No JavaFX, no database, no decision mathematics.
 */
package se.socialorg.advisor.model;
