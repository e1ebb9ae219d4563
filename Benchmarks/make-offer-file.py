#!/usr/bin/env python3
"""Writes a large AmazonEC2-like offer file, JSON or CSV, of about SIZE megabytes.

Usage: Benchmarks/make-offer-file.py json|csv SIZE_MB OUT
Most products are unrelated SKUs (instances with ~25 attributes, reserved terms), as in the
real file; a handful are NAT gateway rows that vpccost keeps. Deterministic for a given size.
"""
import json
import random
import sys

ATTRIBUTES = ["servicecode", "location", "locationType", "instanceType", "currentGeneration",
              "instanceFamily", "vcpu", "physicalProcessor", "clockSpeed", "memory", "storage",
              "networkPerformance", "processorArchitecture", "tenancy", "operatingSystem",
              "licenseModel", "usagetype", "operation", "capacitystatus", "classicnetworkingsupport",
              "ecu", "gpuMemory", "instancesku", "intelAvxAvailable", "marketoption",
              "normalizationSizeFactor", "preInstalledSw", "processorFeatures", "regionCode",
              "servicename", "vpcnetworkingsupport"]
NAT = [("NatGateway-Hours", "0.0450000000"), ("NatGateway-Bytes", "0.0450000000"),
       ("USE2-NatGateway-Hours", "0.0450000000"), ("USE2-NatGateway-Bytes", "0.0450000000"),
       ("USE2-RegionalNatGateway-Hours", "0.0450000000"), ("USE2-NatGateway-Prvd-Bytes", "0.0090000000")]


def products(rng, target_bytes):
    index, written = 0, 0
    while written < target_bytes:
        sku = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(16))
        if index % 40000 == 7 and index // 40000 < len(NAT):
            usage, price = NAT[index // 40000]
            region = "us-east-2" if usage.startswith("USE2") else "us-east-1"
            attrs = {"servicecode": "AmazonEC2", "location": "US East", "usagetype": usage,
                     "operation": "NatGateway", "regionCode": region}
            family = "NAT Gateway"
        else:
            region = rng.choice(["us-east-1", "us-east-2", "eu-west-1"])
            attrs = {name: f"{name}-{rng.randint(0, 999)}" for name in ATTRIBUTES}
            attrs["usagetype"] = f"BoxUsage:m{rng.randint(1, 9)}.{rng.choice(['large', 'xlarge'])}"
            attrs["regionCode"] = region
            family, price = "Compute Instance", f"{rng.randint(1, 9999) / 1000:.10f}"
        index += 1
        written += 1400
        yield sku, family, attrs, price


def write_json(size, path):
    rng = random.Random(42)
    rows = list(products(rng, size * 1024 * 1024 * 0.55))
    with open(path, "w") as out:
        out.write('{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "This pricing list is for informational purposes only.",\n')
        out.write('  "offerCode" : "AmazonEC2",\n  "version" : "20251028175455",\n  "publicationDate" : "2025-10-28T17:54:55Z",\n')
        out.write('  "products" : {\n')
        for i, (sku, family, attrs, _) in enumerate(rows):
            body = json.dumps({"sku": sku, "productFamily": family, "attributes": attrs}, indent=2)
            out.write(("" if i == 0 else ",\n") + f'    "{sku}" : ' + body.replace("\n", "\n    "))
        out.write('\n  },\n  "terms" : {\n    "OnDemand" : {\n')
        for i, (sku, _, _, price) in enumerate(rows):
            term = {f"{sku}.JRTCKXETXF": {"offerTermCode": "JRTCKXETXF", "sku": sku, "effectiveDate": "2025-10-01T00:00:00Z",
                    "priceDimensions": {f"{sku}.JRTCKXETXF.6YS6EN2CT7": {"unit": "Hrs", "endRange": "Inf",
                    "description": "$ per On Demand Linux hour", "appliesTo": [], "rateCode": f"{sku}.JRTCKXETXF.6YS6EN2CT7",
                    "beginRange": "0", "pricePerUnit": {"USD": price}}}, "termAttributes": {}}}
            out.write(("" if i == 0 else ",\n") + f'      "{sku}" : ' + json.dumps(term, indent=2).replace("\n", "\n      "))
        out.write('\n    },\n    "Reserved" : {\n')
        for i, (sku, _, _, price) in enumerate(rows[: len(rows) // 3]):
            term = {f"{sku}.4NA7Y494T4": {"offerTermCode": "4NA7Y494T4", "sku": sku, "priceDimensions": {
                f"{sku}.4NA7Y494T4.6YS6EN2CT7": {"unit": "Hrs", "beginRange": "0", "endRange": "Inf", "pricePerUnit": {"USD": "0.01"}}},
                "termAttributes": {"LeaseContractLength": "1yr", "OfferingClass": "standard", "PurchaseOption": "No Upfront"}}}
            out.write(("" if i == 0 else ",\n") + f'      "{sku}" : ' + json.dumps(term, indent=2).replace("\n", "\n      "))
        out.write('\n    }\n  }\n}\n')


def write_csv(size, path):
    rng = random.Random(42)
    header = ["SKU", "OfferTermCode", "RateCode", "TermType", "PriceDescription", "EffectiveDate",
              "StartingRange", "EndingRange", "Unit", "PricePerUnit", "Currency", "LeaseContractLength",
              "PurchaseOption", "OfferingClass", "Product Family"] + [
              {"usagetype": "usageType", "regionCode": "Region Code", "location": "Location"}.get(a, a) for a in ATTRIBUTES]
    with open(path, "w") as out:
        out.write('"FormatVersion","v1.0"\n"Disclaimer","This pricing list is for informational purposes only."\n')
        out.write('"Publication Date","2025-10-28T17:54:55Z"\n"Version","20251028175455"\n"OfferCode","AmazonEC2"\n')
        out.write(",".join(f'"{h}"' for h in header) + "\n")
        for sku, family, attrs, price in products(rng, size * 1024 * 1024 * 0.9):
            for term, kind, amount in [("JRTCKXETXF", "OnDemand", price), ("4NA7Y494T4", "Reserved", "0.01")]:
                cells = [sku, term, f"{sku}.{term}.6YS6EN2CT7", kind, "$ per hour", "2025-10-01", "0", "Inf", "Hrs",
                         amount, "USD", "1yr" if kind == "Reserved" else "", "", "", family] + [attrs.get(a, "") for a in ATTRIBUTES]
                out.write(",".join(f'"{c}"' for c in cells) + "\n")


if __name__ == "__main__":
    kind, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    (write_json if kind == "json" else write_csv)(size, path)
