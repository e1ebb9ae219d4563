#!/usr/bin/env python3
"""One-off: turn the researched price CSV into PriceTables/<region>.json.

Usage: python3 scripts/csv-to-price-tables.py ../shared/data/aws-prices.csv PriceTables

This is how the first tables were made (see docs/prices.md for the sources). Refreshing prices
from AWS is `vpccost prices import`, not this script. Prices are copied as the CSV's strings,
never through a float. An empty CSV cell stays absent from the table.
"""
import csv
import json
import sys

# Regions whose pricing-page figures were also seen in Price List offer values.
PRICE_LIST_CONFIRMED = {
    "us-east-1", "us-west-2", "eu-west-1", "eu-west-2",
    "ca-central-1", "ap-northeast-1", "ap-southeast-1", "ap-south-1",
}
# Regions whose internet egress tiers beyond the first 10 TB are known.
FULL_INTERNET_TIERS = {"us-east-1", "eu-west-1"}
SOURCE = ("AWS pricing-page JSON: natgateway.json (published 2025-10-28) and vpc.json "
          "(published 2025-11-04); internet egress from AWS Price List values quoted publicly")


def tiers_for_internet(row):
    first = row["internet_out_first_10tb_per_gb"].strip()
    if not first:
        return None
    if row["region"] in FULL_INTERNET_TIERS:
        return {"tiers": [
            {"upToGB": "10240", "perGB": first},
            {"upToGB": "51200", "perGB": "0.085"},
            {"upToGB": "153600", "perGB": "0.07"},
            {"perGB": "0.05"},
        ]}
    return {"tiers": [{"upToGB": "10240", "perGB": first}]}


def table(row):
    prefix = row["usage_type_prefix"].strip()
    unverified = {}
    if "(unverified)" in prefix:
        unverified["usageTypePrefix"] = "usage-type prefix not seen in AWS text"
    prefix = prefix.split(" ")[0]
    region = row["region"]
    if region == "sa-east-1":
        unverified["interfaceEndpoint.hourlyPerAZ"] = (
            "AWS pricing-page figure with no second source")
    out = {
        "schemaVersion": 1,
        "region": region,
        "location": row["location"],
        "currency": "USD",
        "azCount": int(row["az_count"]),
        "effectiveDate": "2025-11-04",
        "source": SOURCE,
        "confidence": "price-list" if region in PRICE_LIST_CONFIRMED else "pricing-page",
        "usageTypePrefix": prefix,
        "natGateway": {"hourly": row["nat_gateway_hourly"], "perGB": row["nat_gateway_per_gb"]},
        "interfaceEndpoint": {
            "hourlyPerAZ": row["interface_endpoint_hourly_per_az"],
            "dataTiers": [
                {"upToGB": "1048576", "perGB": row["endpoint_gb_first_1048576"]},
                {"upToGB": "5242880", "perGB": row["endpoint_gb_next_4194304"]},
                {"perGB": row["endpoint_gb_over_5242880"]},
            ],
        },
        "publicIPv4": {"hourly": row["public_ipv4_hourly"]},
        "crossAZ": {"perGBEachDirection": row["cross_az_per_gb_each_direction"]},
    }
    internet = tiers_for_internet(row)
    if internet:
        out["internetOut"] = internet
    if unverified:
        out["unverified"] = unverified
    return out


def main():
    source, folder = sys.argv[1], sys.argv[2]
    with open(source, newline="") as handle:
        for row in csv.DictReader(handle):
            with open(f"{folder}/{row['region']}.json", "w") as out:
                json.dump(table(row), out, indent=2)
                out.write("\n")


if __name__ == "__main__":
    main()
