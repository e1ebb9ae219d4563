#!/usr/bin/env bash
# Reading a 1 MB CloudFormation template (about 6,700 security groups with !Sub and flow
# mappings): `vpccost cfn-json`, side by side with cfn-lint's own decoder (PyYAML) on the same file.
#
# Usage: Benchmarks/template.sh [RUNS]   (needs hyperfine; cfn-lint for the comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
out=Benchmarks/out
mkdir -p "$out"
python3 - "$out/template-1mb.yaml" <<'PY'
import sys
blocks, size, index = ["Resources:"], 0, 0
while size < 1 << 20:
    block = (f"  Sg{index}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n"
             f"      GroupDescription: !Sub '${{AWS::StackName}} group {index}'\n"
             f"      SecurityGroupIngress: [{{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}}]\n")
    blocks.append(block)
    size += len(block)
    index += 1
open(sys.argv[1], "w").write("\n".join(blocks))
PY
swift build -c release --static-swift-stdlib --product vpccost >/dev/null
hyperfine --warmup 2 --runs "$runs" --style basic -N \
  -n "vpccost cfn-json" "./.build/release/vpccost cfn-json $out/template-1mb.yaml --output $out/template-1mb.json" \
  -n "cfn-lint decode (PyYAML)" "python3 -c 'import sys; from cfnlint.decode import decode; decode(sys.argv[1])' $out/template-1mb.yaml"
