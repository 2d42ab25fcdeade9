"""A plausible nationwide OCOP catalog for benchmarks: producers, districts, products, barcodes.

Deterministic (seeded), so every run measures the same catalog. Names are built the way OCOP
products are really named (product + place + pack size: "Trà shan tuyết Hoàng Su Phì hộp 200g"),
so folded search terms hit realistic numbers of rows: "mien dong" a few dozen, "tra" thousands.
Barcodes are in-store EAN-13 numbers with prefix 21, clear of the demo catalog's prefix 20.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.services.gtin import make_in_store_ean13
from app.services.textfold import fold

# (province, district, communes): places known for OCOP products, spelled as on the labels.
PLACES: list[tuple[str, str, tuple[str, ...]]] = [
    ("Quảng Ninh", "Bình Liêu", ("Đồng Văn", "Hoành Mô", "Lục Hồn", "Tình Húc", "Vô Ngại")),
    ("Quảng Ninh", "Ba Chẽ", ("Thanh Sơn", "Đạp Thanh", "Nam Sơn", "Lương Mông")),
    ("Quảng Ninh", "Tiên Yên", ("Đông Ngũ", "Hải Lạng", "Phong Dụ", "Điền Xá")),
    ("Quảng Ninh", "Đầm Hà", ("Quảng An", "Quảng Lâm", "Tân Bình", "Đại Bình")),
    ("Quảng Ninh", "Vân Đồn", ("Quan Lạn", "Minh Châu", "Bản Sen", "Hạ Long")),
    ("Quảng Ninh", "Cô Tô", ("Đồng Tiến", "Thanh Lân")),
    ("Quảng Ninh", "Đông Triều", ("Tràng An", "Yên Đức", "Hồng Thái Tây", "An Sinh")),
    ("Quảng Ninh", "Quảng Yên", ("Yên Giang", "Phong Cốc", "Liên Vị", "Hà An")),
    ("Quảng Ninh", "Hạ Long", ("Tuần Châu", "Hoành Bồ", "Đồng Lâm", "Thống Nhất")),
    ("Quảng Ninh", "Uông Bí", ("Phương Đông", "Thượng Yên Công", "Vàng Danh")),
    ("Hà Giang", "Hoàng Su Phì", ("Thông Nguyên", "Nậm Ty", "Bản Luốc")),
    ("Hà Giang", "Đồng Văn", ("Sà Phìn", "Lũng Cú", "Phố Bảng")),
    ("Lào Cai", "Bắc Hà", ("Tà Chải", "Bản Phố", "Na Hối")),
    ("Lào Cai", "Sa Pa", ("Tả Van", "Lao Chải", "Bản Hồ")),
    ("Yên Bái", "Văn Chấn", ("Suối Giàng", "Nậm Búng", "Nghĩa Tâm")),
    ("Thái Nguyên", "Đại Từ", ("La Bằng", "Hoàng Nông", "Phú Xuyên")),
    ("Thái Nguyên", "Đồng Hỷ", ("Tân Cương", "Hóa Thượng", "Minh Lập")),
    ("Bắc Giang", "Lục Ngạn", ("Phượng Sơn", "Quý Sơn", "Hồng Giang")),
    ("Hưng Yên", "Khoái Châu", ("Đông Tảo", "Bình Minh", "Tứ Dân")),
    ("Hà Nội", "Mỹ Đức", ("Hương Sơn", "An Phú", "Hồng Sơn")),
    ("Hà Nội", "Chương Mỹ", ("Phú Nghĩa", "Thủy Xuân Tiên")),
    ("Nam Định", "Giao Thủy", ("Giao Xuân", "Giao Hải", "Giao Lạc")),
    ("Thanh Hóa", "Như Thanh", ("Xuân Khang", "Hải Long")),
    ("Nghệ An", "Nghi Lộc", ("Nghi Hưng", "Nghi Phong")),
    ("Hà Tĩnh", "Hương Khê", ("Phúc Đồng", "Hương Trà")),
    ("Quảng Nam", "Trà My", ("Trà Cang", "Trà Linh")),
    ("Đắk Lắk", "Buôn Ma Thuột", ("Ea Tu", "Hòa Thắng")),
    ("Lâm Đồng", "Bảo Lộc", ("Lộc Châu", "Đại Lào")),
    ("Bến Tre", "Mỏ Cày Nam", ("Định Thủy", "An Thạnh")),
    ("Đồng Tháp", "Lai Vung", ("Tân Phước", "Long Hậu")),
    ("Cà Mau", "Năm Căn", ("Hàm Rồng", "Đất Mới")),
    ("Kiên Giang", "Phú Quốc", ("Hàm Ninh", "Dương Tơ")),
    ("Sóc Trăng", "Mỹ Xuyên", ("Hòa Tú", "Ngọc Tố")),
]

# (category, sku prefix, base names, packs (label, unit, price factor), base price, vat, weighed)
KINDS: list[
    tuple[str, str, tuple[str, ...], tuple[tuple[str, str, float], ...], int, int, bool]
] = [
    (
        "Trà",
        "TRA",
        (
            "Trà hoa vàng",
            "Trà shan tuyết",
            "Trà xanh",
            "Trà móc câu",
            "Trà túi lọc",
            "Trà đinh",
            "Trà hoa hồi",
            "Trà giảo cổ lam",
        ),
        (("hộp 100g", "hộp", 1.0), ("hộp 200g", "hộp", 1.8), ("túi 500g", "túi", 3.8)),
        150_000,
        5,
        False,
    ),
    (
        "Nông sản",
        "MIEN",
        (
            "Miến dong",
            "Miến dong sợi nhỏ",
            "Bún khô",
            "Mì gạo",
            "Gạo nếp cái",
            "Gạo tám thơm",
            "Măng khô",
            "Nấm hương rừng",
            "Mộc nhĩ",
        ),
        (("gói 500g", "gói", 1.0), ("gói 1kg", "gói", 1.9), ("", "kg", 1.9)),
        60_000,
        5,
        False,
    ),
    (
        "Đồ uống",
        "RUOU",
        (
            "Rượu ba kích",
            "Rượu mơ",
            "Rượu sim",
            "Rượu nếp cái hoa vàng",
            "Rượu mắc mật",
            "Nước cốt gừng",
            "Mật ong hoa rừng",
            "Mật ong bạc hà",
        ),
        (("chai 350ml", "chai", 1.0), ("chai 500ml", "chai", 1.4), ("hộp quà 2 chai", "hộp", 2.6)),
        180_000,
        10,
        False,
    ),
    (
        "Hải sản",
        "HS",
        (
            "Chả mực",
            "Chả mực chiên",
            "Mực khô",
            "Sá sùng khô",
            "Tôm nõn",
            "Ruốc hàu",
            "Cá thu một nắng",
            "Nước mắm",
        ),
        (("hộp 300g", "hộp", 1.0), ("túi 500g", "túi", 1.6), ("", "kg", 3.0)),
        140_000,
        8,
        False,
    ),
    (
        "Thực phẩm chế biến",
        "TP",
        (
            "Nem chua",
            "Giò chả",
            "Lạp xưởng",
            "Thịt trâu gác bếp",
            "Gà đồi hút chân không",
            "Ruốc nấm",
            "Tương bần",
            "Ô mai",
        ),
        (("gói 20 chiếc", "gói", 1.0), ("hộp 500g", "hộp", 1.5), ("", "kg", 2.8)),
        90_000,
        8,
        False,
    ),
    (
        "Bánh kẹo",
        "BK",
        ("Bánh gai", "Bánh cốm", "Kẹo lạc", "Kẹo dồi", "Bánh răng bừa", "Bánh khảo", "Mứt gừng"),
        (("hộp 10 chiếc", "hộp", 1.0), ("hộp 500g", "hộp", 1.7)),
        50_000,
        8,
        False,
    ),
    (
        "Dược liệu",
        "DL",
        (
            "Ba kích tím",
            "Sâm Ngọc Linh",
            "Đinh lăng",
            "Cao xương khớp",
            "Hoa hồi khô",
            "Quế thanh",
            "Nấm linh chi",
        ),
        (("túi 200g", "túi", 1.0), ("hũ 100g", "hũ", 1.2), ("lọ 250g", "lọ", 1.9)),
        120_000,
        5,
        False,
    ),
    (
        "Thủ công mỹ nghệ",
        "TC",
        (
            "Tranh than đá",
            "Khăn thổ cẩm",
            "Túi thổ cẩm",
            "Giỏ mây tre",
            "Nón lá",
            "Ngọc trai",
            "Chiếu cói",
        ),
        (("", "cái", 1.0), ("bộ quà tặng", "bộ", 2.2)),
        250_000,
        8,
        False,
    ),
    (
        "Nông sản",
        "NS",
        (
            "Vải thiều",
            "Cam sành",
            "Bưởi da xanh",
            "Na dai",
            "Chè búp tươi",
            "Khoai môn",
            "Củ dong riềng",
        ),
        (("", "kg", 1.0),),
        45_000,
        5,
        True,
    ),
]

KIND_PRODUCER = {
    "cooperative": ("HTX {what} {commune}", "HTX Nông nghiệp {commune}", "HTX Dịch vụ {commune}"),
    "company": ("Công ty TNHH {what} {district}", "Công ty CP {what} {district}"),
    "household": ("Hộ sản xuất {what} {commune}", "Hộ kinh doanh {surname} {given}"),
    "group": ("Tổ hợp tác {what} {commune}",),
}
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lý", "Triệu")
GIVEN = (
    "Văn Hùng",
    "Thị Lan",
    "Văn Đức",
    "Thị Hoa",
    "Minh Tuấn",
    "Thị Hằng",
    "Văn Sơn",
    "Thị Thu",
    "Quốc Bảo",
    "Thị Nga",
)


@dataclass(frozen=True)
class GenProducer:
    code: str
    name: str
    kind: str
    district: str
    commune: str


@dataclass(frozen=True)
class GenProduct:
    sku: str
    barcode: str
    name: str
    producer: int  # index into the producer list
    category: str
    unit: str
    price: int
    vat_rate: int
    stars: int
    star_certified_on: date
    star_expires_on: date
    sold_by_weight: bool


def generate(
    n_products: int, n_producers: int, seed: int = 10322
) -> tuple[list[GenProducer], list[GenProduct]]:
    """n_products products from n_producers producers, each making one kind of goods."""
    rng = random.Random(seed)
    producers: list[GenProducer] = []
    specialities: list[int] = []
    for i in range(n_producers):
        _province, district, communes = rng.choice(PLACES)
        commune = rng.choice(communes)
        kind_no = rng.randrange(len(KINDS))
        what = rng.choice(KINDS[kind_no][2]).split(" ")[0].lower()
        kind = rng.choices(list(KIND_PRODUCER), weights=[5, 2, 3, 1])[0]
        name = rng.choice(KIND_PRODUCER[kind]).format(
            what=what,
            commune=commune,
            district=district,
            surname=rng.choice(SURNAMES),
            given=rng.choice(GIVEN),
        )
        producers.append(GenProducer(f"G{i + 1:05d}", name, kind, district, commune))
        specialities.append(kind_no)
    products: list[GenProduct] = []
    seen: set[str] = set()
    start = date(2023, 1, 1)
    while len(products) < n_products:
        maker = rng.randrange(n_producers)
        category, prefix, bases, packs, base_price, vat, weighed = KINDS[specialities[maker]]
        base = rng.choice(bases)
        pack, unit, factor = rng.choice(packs)
        place = producers[maker].district
        name = " ".join(p for p in (base, place, pack) if p)
        if name in seen:  # a second producer of the same thing tags its own commune
            name = " ".join(p for p in (base, producers[maker].commune, place, pack) if p)
        if name in seen:
            name = f"{name} loại {rng.choice(['đặc biệt', 'thượng hạng', '1', '2'])}"
        if name in seen:
            continue
        seen.add(name)
        n = len(products) + 1
        price = int(round(base_price * factor * rng.uniform(0.7, 1.6), -3))
        certified = start + timedelta(days=rng.randrange(4 * 365))
        products.append(
            GenProduct(
                sku=f"{prefix}-G{n:05d}",
                barcode=make_in_store_ean13(n, prefix="21"),
                name=name,
                producer=maker,
                category=category,
                unit=unit,
                price=max(price, 5_000),
                vat_rate=vat,
                stars=rng.choices([3, 4, 5], weights=[6, 3, 1])[0],
                star_certified_on=certified,
                star_expires_on=certified + timedelta(days=3 * 365),
                sold_by_weight=weighed or unit == "kg",
            )
        )
    return producers, products


def catalog_rows(
    n_products: int, n_producers: int = 2_700, *, one_key_each: bool = False, seed: int = 10322
) -> list[tuple]:
    """The generated catalog as import rows (catalog_rules.COLUMNS order), as a province keeps it.

    Generated producers are drawn independently, so two can share a name and district ("Công
    ty TNHH trà Mỹ Đức" in An Phú and in Hương Sơn): to the import, whose producer key is the
    folded name + district, that is one producer whose commune differs between rows, as in a
    hand-kept sheet. one_key_each=True appends the producer's code to such a name instead, so
    every generated producer is one producer of the import (the benchmark's 2,700).
    """
    producers, products = generate(n_products, n_producers, seed)
    names = [p.name for p in producers]
    if one_key_each:
        seen: set[tuple[str, str]] = set()
        for i, p in enumerate(producers):
            key = (fold(p.name), fold(p.district))
            if key in seen:
                names[i] = f"{p.name} ({p.code})"
            seen.add(key)
    return [
        (g.sku, g.barcode, g.name, names[g.producer], producers[g.producer].kind,
         producers[g.producer].district, producers[g.producer].commune, g.category, g.unit,
         g.price, g.vat_rate, g.stars, g.star_certified_on, g.star_expires_on, None)
        for g in products
    ]
