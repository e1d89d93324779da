package dev.berth.compose;

/** The pages under the project list; streams and file reads run only for the page that shows. */
public enum DetailsPage { SERVICES, LOGS, CONFIGURATION }
