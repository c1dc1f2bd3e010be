import { createContext, type ReactNode, useContext, useEffect, useState } from 'react'
import { listAuthors, listTopics } from '../api/taxonomy.js'
import type { Author, Topic, TopicKind } from '../api/types.js'

/** Sections, tags, people and bylines, loaded once for the story screens (pickers and names). */
export interface Taxonomy {
  topics: Topic[]
  authors: Author[]
}

const TaxonomyContext = createContext<Taxonomy>({ topics: [], authors: [] })
const KINDS: TopicKind[] = ['section', 'tag', 'person', 'organisation', 'place']

export function TaxonomyProvider({ children }: { children: ReactNode }) {
  const [taxonomy, setTaxonomy] = useState<Taxonomy>({ topics: [], authors: [] })
  useEffect(() => {
    let live = true
    Promise.all([...KINDS.map((kind) => listTopics(kind)), listAuthors()])
      .then((lists) => {
        const authors = lists.pop() as Author[]
        if (live) setTaxonomy({ topics: (lists as Topic[][]).flat(), authors })
      })
      .catch(() => undefined) // names are a convenience here; the story still opens without them
    return () => {
      live = false
    }
  }, [])
  return <TaxonomyContext.Provider value={taxonomy}>{children}</TaxonomyContext.Provider>
}

export const useTaxonomy = () => useContext(TaxonomyContext)

/** A name in the interface's language, else Ukrainian, else any. */
export function nameIn(names: Record<string, { name: string }>, locale: string): string {
  return names[locale]?.name ?? names.uk?.name ?? Object.values(names)[0]?.name ?? '?'
}
