"""Read model of the knowledge base: snapshot, role inventory and resolver, citations."""
