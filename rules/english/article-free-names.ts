/**
 * Single-word names that never take "the": capitals and large cities, countries, and software and
 * companies known by a bare name. "the London's population" is an article left over before a possessive
 * that already determines the noun. Names that do take "the" ("the Hague", "the Gambia", "the Congo",
 * "the Sudan", "the Ukraine" in older copy, "the Amazon"), devices ("the iPhone's battery") and brands that
 * also name a product ("a Tesla") are left out. Written from general knowledge, not from any corpus.
 */
export const ARTICLE_FREE_NAMES = new Set([
  // Cities.
  'London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Dublin', 'Edinburgh', 'Cardiff', 'Belfast', 'Glasgow', 'Manchester',
  'Birmingham', 'Liverpool', 'Leeds', 'Bristol', 'Amsterdam', 'Brussels', 'Vienna', 'Prague', 'Warsaw', 'Budapest', 'Athens',
  'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Moscow', 'Kyiv', 'Istanbul', 'Ankara', 'Cairo', 'Lagos', 'Nairobi',
  'Johannesburg', 'Tokyo', 'Beijing', 'Shanghai', 'Seoul', 'Delhi', 'Mumbai', 'Karachi', 'Tehran', 'Baghdad', 'Jerusalem',
  'Dubai', 'Singapore', 'Sydney', 'Melbourne', 'Toronto', 'Montreal', 'Vancouver', 'Chicago', 'Boston', 'Seattle', 'Houston',
  'Dallas', 'Atlanta', 'Miami', 'Detroit', 'Philadelphia', 'Washington', 'Mexico', 'Havana', 'Lima', 'Santiago', 'Caracas',
  // Countries.
  'Britain', 'England', 'Scotland', 'Wales', 'Ireland', 'France', 'Germany', 'Italy', 'Spain', 'Portugal', 'Belgium', 'Austria',
  'Switzerland', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Iceland', 'Poland', 'Hungary', 'Romania', 'Greece', 'Turkey',
  'Russia', 'China', 'Japan', 'India', 'Pakistan', 'Afghanistan', 'Iran', 'Iraq', 'Syria', 'Israel', 'Egypt', 'Nigeria',
  'Kenya', 'Ethiopia', 'Australia', 'Canada', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Cuba',
  // States and provinces.
  'California', 'Texas', 'Florida', 'Ohio', 'Oregon', 'Michigan', 'Georgia', 'Arizona', 'Nevada', 'Virginia', 'Quebec', 'Ontario',
  'Bavaria', 'Catalonia', 'Tasmania', 'Queensland',
  // Software and companies known by a bare name.
  'macOS', 'iOS', 'Linux', 'Ubuntu', 'Windows', 'Firefox', 'GitHub', 'Python', 'JavaScript', 'Google', 'Microsoft', 'Facebook', 'Netflix', 'Spotify', 'YouTube', 'Wikipedia', 'Instagram',
]);
