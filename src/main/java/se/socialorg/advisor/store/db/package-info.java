/**
 * The local SQLite data library: opening and migrating the database file, the shipped reference
 * figures and the user's own figures.
 */
package se.socialorg.advisor.store.db;
