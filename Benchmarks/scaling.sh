#!/usr/bin/env bash
# How the review's time and peak memory grow with its input (issue 24): a VPC template
# repeated 1x to 256x (subnets, route tables, NAT gateways, endpoints, security groups with
# separate rules, functions sharing a role), JSON templates of 5,000 to 80,000 keys in one
# mapping, and batch files of 10^4 to 10^6 rows (10^7 with SCALING_BATCH_MAX=10000000).
# Each size is run RUNS times (default 3); the median time and the median peak RSS are
# printed with the ratio to the size before (a doubling should cost at most about 2.2x).
#
# Usage: Benchmarks/scaling.sh [RUNS]   (uses the release build; writes Benchmarks/out/scaling)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=Benchmarks/out/scaling
mkdir -p "$out"
swift build -c release --product vpccost >/dev/null
binary=$PWD/.build/release/vpccost
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
def vpc_block(i):
    return f"""  Vpc{i}:
    Type: AWS::EC2::VPC
    Properties: {{CidrBlock: 10.0.0.0/16, EnableDnsHostnames: true, EnableDnsSupport: true}}
  Public{i}A:
    Type: AWS::EC2::Subnet
    Properties: {{VpcId: !Ref Vpc{i}, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.0.0/24}}
  Public{i}B:
    Type: AWS::EC2::Subnet
    Properties: {{VpcId: !Ref Vpc{i}, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.1.0/24}}
  Private{i}A:
    Type: AWS::EC2::Subnet
    Properties: {{VpcId: !Ref Vpc{i}, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.2.0/24}}
  Private{i}B:
    Type: AWS::EC2::Subnet
    Properties: {{VpcId: !Ref Vpc{i}, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.3.0/24}}
  Nat{i}A:
    Type: AWS::EC2::NatGateway
    Properties: {{SubnetId: !Ref Public{i}A}}
  Nat{i}B:
    Type: AWS::EC2::NatGateway
    Properties: {{SubnetId: !Ref Public{i}B}}
  Routes{i}A:
    Type: AWS::EC2::RouteTable
    Properties: {{VpcId: !Ref Vpc{i}}}
  Default{i}A:
    Type: AWS::EC2::Route
    Properties: {{RouteTableId: !Ref Routes{i}A, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat{i}A}}
  Association{i}A:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {{RouteTableId: !Ref Routes{i}A, SubnetId: !Ref Private{i}A}}
  Routes{i}B:
    Type: AWS::EC2::RouteTable
    Properties: {{VpcId: !Ref Vpc{i}}}
  Default{i}B:
    Type: AWS::EC2::Route
    Properties: {{RouteTableId: !Ref Routes{i}B, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat{i}B}}
  Association{i}B:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {{RouteTableId: !Ref Routes{i}B, SubnetId: !Ref Private{i}B}}
  Group{i}:
    Type: AWS::EC2::SecurityGroup
    Properties: {{GroupDescription: functions, VpcId: !Ref Vpc{i}}}
  Ingress{i}:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {{GroupId: !Ref Group{i}, IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref Group{i}}}
  Sqs{i}:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcEndpointType: Interface
      VpcId: !Ref Vpc{i}
      ServiceName: !Sub 'com.amazonaws.${{AWS::Region}}.sqs'
      SubnetIds: [!Ref Private{i}A, !Ref Private{i}B]
      SecurityGroupIds: [!Ref Group{i}]
      PrivateDnsEnabled: true
  Worker{i}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      Role: !GetAtt Role.Arn
      Code: {{ZipFile: x}}
      VpcConfig: {{SubnetIds: [!Ref Private{i}A, !Ref Private{i}B], SecurityGroupIds: [!Ref Group{i}]}}
"""
role = """  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: 'sts:AssumeRole'}]}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]
      Policies:
        - PolicyName: send
          PolicyDocument: {Statement: [{Effect: Allow, Action: ['sqs:SendMessage'], Resource: '*'}]}
"""
for scale in [1, 2, 4, 8, 16, 32, 64, 128, 256]:
    with open(f"{out}/vpc-{scale}x.yaml", "w") as f:
        f.write("Resources:\n" + role + "".join(vpc_block(i) for i in range(scale)))
for keys in [5000, 10000, 20000, 40000, 80000]:
    with open(f"{out}/keys-{keys}.json", "w") as f:
        json.dump({"Resources": {f"Topic{i}": {"Type": "AWS::SNS::Topic"} for i in range(keys)}}, f)
PY
max_rows=${SCALING_BATCH_MAX:-1000000}
rows=10000
while [ "$rows" -le "$max_rows" ]; do
  [ -f "$out/batch-$rows.csv" ] || python3 Benchmarks/make-batch-input.py "$rows" "$out/batch-$rows.csv"
  rows=$((rows * 10))
done

# Median of RUNS runs of a command: "seconds KB".
measure() {
  local times=() memories=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null 2>&1
    read -r seconds kilobytes < "$out/time.txt"
    times+=("$seconds")
    memories+=("$kilobytes")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p" | tr '\n' ' '
  printf '%s\n' "${memories[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

report() {
  local title=$1
  shift
  echo "$title"
  printf '%-12s %10s %10s %8s %8s %12s\n' size bytes seconds "x time" "x size" "peak MiB"
  local last_time="" last_size=""
  for file in "$@"; do
    local size
    size=$(stat -c %s "$file")
    read -r seconds kilobytes < <(measure "${command[@]}" "$file")
    local ratio="" growth=""
    if [ -n "$last_time" ]; then
      ratio=$(python3 -c "print(f'{max($seconds, 0.005) / max($last_time, 0.005):.2f}')")
      growth=$(python3 -c "print(f'{$size / $last_size:.2f}')")
    fi
    printf '%-12s %10s %10s %8s %8s %12s\n' "$(basename "$file" | sed 's/\.[a-z]*$//')" "$size" \
      "$seconds" "$ratio" "$growth" "$(python3 -c "print(f'{$kilobytes / 1024:.1f}')")"
    last_time=$seconds
    last_size=$size
  done
  echo
}

command=("$binary" review --fail-on never --format json)
report "review of a VPC template repeated" "$out"/vpc-{1,2,4,8,16,32,64,128,256}x.yaml
report "review of a JSON template, one mapping of N keys" "$out"/keys-{5000,10000,20000,40000,80000}.json
command=("$binary" cfn-json)
report "cfn-json of the same VPC templates" "$out"/vpc-{1,4,16,64,256}x.yaml
files=()
rows=10000
while [ "$rows" -le "$max_rows" ]; do files+=("$out/batch-$rows.csv"); rows=$((rows * 10)); done
command=("$binary" batch --summary --output "$out/batch-out.csv")
report "batch --summary to a file, N rows" "${files[@]}"
