/** Persistence: the SQLite library, scenario files, CSV import and export, reports on disk. */
package se.socialorg.advisor.store;
