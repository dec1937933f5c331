"""`kg view`: a graph (files or a store) -> one self-contained HTML page.

Registered on the `kg` group by the import at the bottom of kg/cli.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cli import EXIT_BAD_INPUT, main, write_atomic
from .errors import KgError
from .view import MAX_NODES

if TYPE_CHECKING:
    from rdflib import Graph


@main.command(name="view")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="GRAPH_OR_STORE...")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="The HTML file to write, e.g. out/graph.html ('-' for standard output).")
@click.option("--max-nodes", type=click.IntRange(1), default=MAX_NODES, show_default=True,
              help="Draw at most this many nodes at once; the page says when there are more (pick an article, "
                   "an event or search to draw the rest).")
@click.option("--title", default=None, help="The page's title [default: kg: and the input's name].")
def view_command(sources, output, max_nodes, title):
    """Write a picture of the graph: one HTML file that opens in a browser, with no network.

    \b
    kg view out/graph.ttl -o out/graph.html
    kg view out/store -o out/graph.html

    \b
    Give graph files (.ttl .nt .nq .trig .jsonld .rdf) or a store folder
    (`kg load` makes one). Nodes are coloured by class; events with a date
    stand on a timeline with their `precedes` arrows; a search box and an
    article and an event filter choose what is drawn; clicking a node shows its
    labels, Wikidata/GeoNames links and the sentences it was read from.
    """
    import sys

    from .view import to_html

    try:
        graph = read_graph(sources)
        page = to_html(graph, max_nodes=max_nodes, title=title or "kg: " + ", ".join(p.name for p in sources))
    except KgError as exc:  # an unreadable graph or store, no vis-network: exit 2, nothing written
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if str(output) == "-":
        sys.stdout.buffer.write(page.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        write_atomic(output, page.encode("utf-8"))
    click.echo(f"{', '.join(map(str, sources))} -> {output} ({len(graph)} triples)", err=True)


def read_graph(sources) -> Graph:
    """Graph files and store folders -> one rdflib Graph (the union of every named graph)."""
    from rdflib import Graph

    from .store import export, memory_store, open_store

    graph = Graph()
    files = [p for p in sources if not p.is_dir()]
    stores = [open_store(p, read_only=True) for p in sources if p.is_dir()]
    if files:
        stores.append(memory_store(files))
    for store in stores:
        graph.parse(data=export(store, "nt").decode("utf-8"), format="nt")
    return graph
