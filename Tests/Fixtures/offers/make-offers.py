#!/usr/bin/env python3
"""Writes the small offer files the import tests read, in AWS's JSON and CSV layouts.

Usage (from this folder): python3 make-offers.py
Each offer mixes the rows vpccost reads with decoys it must skip: regional and
provisioned-bandwidth NAT, GWLB and resource endpoints, idle IPv4, reserved terms,
unrelated SKUs, other regions, us-east-1's NAT usage types without a prefix, and
Transit Gateway attachments other than a VPC's (peering, Connect, VPN, Direct Connect) that
share the VPC attachment's usage types and differ only in their operation, and multicast.
"""
import csv
import json

PUBLISHED = {"AmazonEC2": ("20251028175455", "2025-10-28T17:54:55Z"),
             "AmazonVPC": ("20251104012650", "2025-11-04T01:26:50Z"),
             "AWSDataTransfer": ("20251101000000", "2025-11-01T00:00:00Z")}

# (sku, usagetype, regionCode, location, family, [(begin, end, price)], reserved price or None)
OFFERS = {
    "AmazonEC2": [
        ("NATUSE1H", "NatGateway-Hours", "us-east-1", "US East (N. Virginia)", "NAT Gateway", [("0", "Inf", "0.0450000000")], "0.0300000000"),
        ("NATUSE1B", "NatGateway-Bytes", "us-east-1", "US East (N. Virginia)", "NAT Gateway", [("0", "Inf", "0.0450000000")], None),
        ("NATUSE2H", "USE2-NatGateway-Hours", "us-east-2", "US East (Ohio)", "NAT Gateway", [("0", "Inf", "0.0460000000")], None),
        ("NATUSE2B", "USE2-NatGateway-Bytes", "us-east-2", "US East (Ohio)", "NAT Gateway", [("0", "Inf", "0.0450000000")], None),
        ("RNATUSE2", "USE2-RegionalNatGateway-Hours", "us-east-2", "US East (Ohio)", "NAT Gateway", [("0", "Inf", "0.0500000000")], None),
        ("PNATUSE2", "USE2-NatGateway-Prvd-Bytes", "us-east-2", "US East (Ohio)", "NAT Gateway", [("0", "Inf", "0.0090000000")], None),
        ("NATEUH", "EU-NatGateway-Hours", "eu-west-1", "EU (Ireland)", "NAT Gateway", [("0", "Inf", "0.0480000000")], None),
        ("NATEUB", "EU-NatGateway-Bytes", "eu-west-1", "EU (Ireland)", "NAT Gateway", [("0", "Inf", "0.0480000000")], None),
        ("BOXUSE1", "BoxUsage:t3.micro", "us-east-1", "US East (N. Virginia)", "Compute Instance", [("0", "Inf", "0.0104000000")], "0.0060000000"),
        ("BOXUSE2", "USE2-BoxUsage:m5.large", "us-east-2", "US East (Ohio)", "Compute Instance", [("0", "Inf", "0.0960000000")], None),
    ],
    "AmazonVPC": [
        ("EPUSE1H", "USE1-VpcEndpoint-Hours", "us-east-1", "US East (N. Virginia)", "VpcEndpoint", [("0", "Inf", "0.0100000000")], None),
        ("EPUSE1B", "USE1-VpcEndpoint-Bytes", "us-east-1", "US East (N. Virginia)", "VpcEndpoint",
         [("0", "1048576", "0.0100000000"), ("1048576", "5242880", "0.0060000000"), ("5242880", "Inf", "0.0040000000")], None),
        ("GWLBUSE1", "USE1-VpcEndpoint-GWLBE-Hours", "us-east-1", "US East (N. Virginia)", "VpcEndpoint", [("0", "Inf", "0.0100000000")], None),
        ("GWLBUSE1B", "USE1-VpcEndpoint-GWLBE-Bytes", "us-east-1", "US East (N. Virginia)", "VpcEndpoint", [("0", "Inf", "0.0035000000")], None),
        ("RESUSE1", "USE1-VpcEndpoint-Resource-Hours", "us-east-1", "US East (N. Virginia)", "VpcEndpoint", [("0", "Inf", "0.0200000000")], None),
        ("IPUSE1", "USE1-PublicIPv4:InUseAddress", "us-east-1", "US East (N. Virginia)", "IP Address", [("0", "Inf", "0.0050000000")], None),
        ("IPIDLEUSE1", "USE1-PublicIPv4:IdleAddress", "us-east-1", "US East (N. Virginia)", "IP Address", [("0", "Inf", "0.0070000000")], None),
        ("EPUSE2H", "USE2-VpcEndpoint-Hours", "us-east-2", "US East (Ohio)", "VpcEndpoint", [("0", "Inf", "0.0100000000")], None),
        ("EPUSE2B", "USE2-VpcEndpoint-Bytes", "us-east-2", "US East (Ohio)", "VpcEndpoint",
         [("0", "1048576", "0.0100000000"), ("1048576", "5242880", "0.0060000000"), ("5242880", "Inf", "0.0040000000")], None),
        ("IPUSE2", "USE2-PublicIPv4:InUseAddress", "us-east-2", "US East (Ohio)", "IP Address", [("0", "Inf", "0.0050000000")], None),
        ("TGWPEERUSE1H", "USE1-TransitGateway-Hours", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0700000000")], None),
        ("TGWCONNUSE1H", "USE1-TransitGateway-Hours", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0800000000")], None),
        ("TGWVPCUSE1H", "USE1-TransitGateway-Hours", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0500000000")], None),
        ("TGWVPNUSE1H", "USE1-TransitGateway-Hours", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0600000000")], None),
        ("TGWDXUSE1H", "USE1-TransitGateway-Hours", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0550000000")], None),
        ("TGWVPNUSE1B", "USE1-TransitGateway-Bytes", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0300000000")], None),
        ("TGWVPCUSE1B", "USE1-TransitGateway-Bytes", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0200000000")], None),
        ("TGWPEERUSE1B", "USE1-TransitGateway-Bytes", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0250000000")], None),
        ("TGWMCUSE1B", "USE1-TransitGatewayMulticast-Bytes", "us-east-1", "US East (N. Virginia)", "Transit Gateway", [("0", "Inf", "0.0400000000")], None),
        ("TGWVPCUSE2H", "USE2-TransitGateway-Hours", "us-east-2", "US East (Ohio)", "Transit Gateway", [("0", "Inf", "0.0500000000")], None),
        ("TGWVPCUSE2B", "USE2-TransitGateway-Bytes", "us-east-2", "US East (Ohio)", "Transit Gateway", [("0", "Inf", "0.0200000000")], None),
    ],
    "AWSDataTransfer": [
        ("DTUSE1R", "USE1-DataTransfer-Regional-Bytes", "us-east-1", "US East (N. Virginia)", "Data Transfer", [("0", "Inf", "0.0100000000")], None),
        ("DTUSE1O", "USE1-DataTransfer-Out-Bytes", "us-east-1", "US East (N. Virginia)", "Data Transfer",
         [("0", "10240", "0.0900000000"), ("10240", "51200", "0.0850000000"), ("51200", "153600", "0.0700000000"), ("153600", "Inf", "0.0500000000")], None),
        ("DTUSE1I", "USE1-DataTransfer-In-Bytes", "us-east-1", "US East (N. Virginia)", "Data Transfer", [("0", "Inf", "0.0000000000")], None),
        ("DTUSE2R", "USE2-DataTransfer-Regional-Bytes", "us-east-2", "US East (Ohio)", "Data Transfer", [("0", "Inf", "0.0100000000")], None),
    ],
}


# The operation of the rows whose usage type alone does not say what they are.
OPERATIONS = {"TGWPEERUSE1H": "TransitGatewayPeering", "TGWCONNUSE1H": "TransitGatewayConnect",
              "TGWVPCUSE1H": "TransitGatewayVPC", "TGWVPNUSE1H": "TransitGatewayVPN",
              "TGWDXUSE1H": "TransitGatewayDirectConnect", "TGWVPNUSE1B": "TransitGatewayVPN",
              "TGWVPCUSE1B": "TransitGatewayVPC", "TGWPEERUSE1B": "TransitGatewayPeering",
              "TGWMCUSE1B": "TransitGatewayMulticast", "TGWVPCUSE2H": "TransitGatewayVPC",
              "TGWVPCUSE2B": "TransitGatewayVPC"}


def operation(sku, usage):
    return OPERATIONS.get(sku, "NatGateway" if "Nat" in usage else "")


def json_offer(code):
    version, published = PUBLISHED[code]
    products, on_demand, reserved = {}, {}, {}
    for sku, usage, region, location, family, dims, reserved_price in OFFERS[code]:
        attributes = {"servicecode": code, "location": location, "locationType": "AWS Region",
                      "usagetype": usage, "operation": operation(sku, usage),
                      "regionCode": region, "servicename": code}
        if code == "AWSDataTransfer":
            attributes = {"servicecode": code, "fromLocation": location, "fromRegionCode": region,
                          "toLocation": "External" if "Out" in usage else location,
                          "usagetype": usage, "transferType": "AWS Outbound"}
        products[sku] = {"sku": sku, "productFamily": family, "attributes": attributes}
        term = sku + ".JRTCKXETXF"
        on_demand[sku] = {term: {"offerTermCode": "JRTCKXETXF", "sku": sku, "effectiveDate": published,
                                 "priceDimensions": {
                                     f"{term}.{i}": {"rateCode": f"{term}.{i}", "description": f"{usage} {b}-{e}",
                                                     "beginRange": b, "endRange": e, "unit": "GB" if "Bytes" in usage else "Hrs",
                                                     "pricePerUnit": {"USD": p}, "appliesTo": []}
                                     for i, (b, e, p) in enumerate(dims)},
                                 "termAttributes": {}}}
        if reserved_price:
            reserved[sku] = {sku + ".4NA7Y494T4": {"offerTermCode": "4NA7Y494T4", "sku": sku, "priceDimensions": {
                sku + ".4NA7Y494T4.6YS6EN2CT7": {"beginRange": "0", "endRange": "Inf", "pricePerUnit": {"USD": reserved_price}}},
                "termAttributes": {"LeaseContractLength": "1yr"}}}
    return {"formatVersion": "v1.0", "disclaimer": "This pricing list is for informational purposes only.",
            "offerCode": code, "version": version, "publicationDate": published,
            "products": products, "terms": {"OnDemand": on_demand, "Reserved": reserved},
            "attributesList": {}}


def csv_offer(code, path):
    version, published = PUBLISHED[code]
    header = ["SKU", "OfferTermCode", "RateCode", "TermType", "PriceDescription", "EffectiveDate",
              "StartingRange", "EndingRange", "Unit", "PricePerUnit", "Currency", "LeaseContractLength",
              "Product Family", "serviceCode", "Location", "Location Type", "usageType", "operation",
              "Region Code", "Instance Type"]
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["FormatVersion", "v1.0"])
        writer.writerow(["Disclaimer", "This pricing list is for informational purposes only, with \"quotes\"."])
        writer.writerow(["Publication Date", published])
        writer.writerow(["Version", version])
        writer.writerow(["OfferCode", code])
        writer.writerow(header)
        for sku, usage, region, location, family, dims, reserved_price in OFFERS[code]:
            for i, (b, e, p) in enumerate(dims):
                writer.writerow([sku, "JRTCKXETXF", f"{sku}.JRTCKXETXF.{i}", "OnDemand", f"{usage}, {b} to {e}",
                                 published, b, e, "GB" if "Bytes" in usage else "Hrs", p, "USD", "", family, code,
                                 location, "AWS Region", usage, operation(sku, usage), region, ""])
            if reserved_price:
                writer.writerow([sku, "4NA7Y494T4", f"{sku}.4NA7Y494T4.0", "Reserved", "reserved", published, "0", "Inf",
                                 "Hrs", reserved_price, "USD", "1yr", family, code, location, "AWS Region", usage, "", region, ""])


for code, name in [("AmazonEC2", "ec2"), ("AmazonVPC", "vpc"), ("AWSDataTransfer", "datatransfer")]:
    with open(f"{name}.json", "w") as out:
        json.dump(json_offer(code), out, indent=4)
        out.write("\n")
    csv_offer(code, f"{name}.csv")
