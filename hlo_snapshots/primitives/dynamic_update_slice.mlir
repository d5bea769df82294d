module @dynamic_update_slice attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x4xf64>, %arg1: tensor<2x2xf64>) -> (tensor<4x4xf64>) {
    %0 = stablehlo.constant dense<3> : tensor<i32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %arg1, %0, %1) : (tensor<4x4xf64>, tensor<2x2xf64>, tensor<i32>, tensor<i32>) -> tensor<4x4xf64>
    return %2 : tensor<4x4xf64>
  }
}
