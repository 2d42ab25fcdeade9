"""Fixtures for the catalog and stock pages: a national-size catalog, a consigning household
producer, and the demo booth's locations, all made through the services.

Loaded with `pytest_plugins` next to tests.ui.fixtures_app.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.config import Paths
from app.db import Database
from app.services.auth import list_staff
from app.services.catalog_admin import ProducerInput, ProductInput, create_producer, create_product
from app.services.catalog_files import write_table
from app.services.catalog_io import import_file
from app.services.catalog_listing import ProducerRow, ProductRow
from app.services.rights import Actor
from app.services.stock_query import list_locations
from bench.catalog import records

NATIONAL_PRODUCTS = 10_322


def _boss(db):
    """The demo manager: a new product or price needs the price right (services.rights)."""
    return Actor(list_staff(db, "manager")[0].id)


@pytest.fixture(scope="module")
def big_catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """10,322 products from 2,700 producers (bench/catalog_gen.py), imported like a real file.

    Module-scoped: the import takes a few seconds and the tests only read it."""
    root = tmp_path_factory.mktemp("national")
    db = Database(Paths(root / "data"))
    path = root / "catalog.csv"
    write_table(path, records(NATIONAL_PRODUCTS))
    _preview, result = import_file(db, path)
    assert result.created == NATIONAL_PRODUCTS
    yield db
    db.close()


@dataclass(frozen=True)
class Consignor:
    producer: ProducerRow
    jar: ProductRow


@pytest.fixture
def consignor(demo_db: Database) -> Consignor:
    """A household honey producer in Ba Chẽ and her 500 ml jar, with an in-store barcode."""
    maker = create_producer(demo_db, ProducerInput(
        "Hộ sản xuất mật ong Nguyễn Thị Lan", "household", "Ba Chẽ", "Lương Mông"))
    jar = create_product(demo_db, ProductInput(
        "MO-NTL-500", "Mật ong rừng Lương Mông hũ 500ml", "250.000", maker.id, unit="hũ",
        assign_in_store_code=True), _boss(demo_db))
    return Consignor(maker, jar)


@pytest.fixture
def places(demo_db: Database) -> dict[str, int]:
    """Location ids by kind: 'sale_point' (Hạ Long), 'booth' (the fair), 'warehouse'."""
    return {loc.kind: loc.id for loc in list_locations(demo_db)}
