#!/usr/bin/env python3
"""Writes a batch CSV of N workloads: mixed regions, AZs, invocations or GB, services.

Usage: Benchmarks/make-batch-input.py N OUT.csv   (deterministic: the same N gives the same file)
"""
import random
import sys

REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "sa-east-1"]
SERVICES = ["lambda", "lambda;sts", "lambda;sts;sqs", "3", "8"]


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    with open(path, "w", newline="") as out:
        out.write("name,region,azs,invokes,gb,request_size,response_size,services\n")
        for index in range(count):
            region = rng.choice(REGIONS)
            azs = rng.randint(1, 3)
            services = rng.choice(SERVICES)
            if index % 4 == 0:
                gb = rng.randint(0, 200000)
                out.write(f"w{index},{region},{azs},,{gb},,,{services}\n")
            else:
                invokes = rng.randint(1, 10**9)
                request = rng.choice(["1KiB", "512", "6KB", "32KiB"])
                out.write(f"w{index},{region},{azs},{invokes},,{request},1KiB,{services}\n")


if __name__ == "__main__":
    main()
