// Issue 5 bench (filled in with the Library): placeholder until the reading-list bench lands.
export async function benchLibrary() {}
