/** What the search plugin publishes for the browser (usePluginData('vpn-advisor-search')). */
export interface SearchGlobalData {
  /** Site path of the serialized index, with a version query so a new index is never served from cache. */
  indexPath: string;
}
