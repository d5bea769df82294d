module @while_loop attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf32>) -> (tensor<3xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = "stablehlo.while"(%0, %arg0) ({
    ^bb0(%2: tensor<i32>, %3: tensor<3xf32>):
      %4 = stablehlo.constant dense<4> : tensor<i32>
      %5 = "stablehlo.compare"(%2, %4) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%5) : (tensor<i1>) -> ()
    }, {
    ^bb0(%6: tensor<i32>, %7: tensor<3xf32>):
      %8 = stablehlo.constant dense<1> : tensor<i32>
      %9 = stablehlo.add %6, %8 : tensor<i32>
      %10 = stablehlo.constant dense<2.0e0> : tensor<f32>
      %11 = "stablehlo.broadcast_in_dim"(%10) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3xf32>
      %12 = stablehlo.multiply %7, %11 : tensor<3xf32>
      "stablehlo.return"(%9, %12) : (tensor<i32>, tensor<3xf32>) -> ()
    }) : (tensor<i32>, tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>)
    return %1#1 : tensor<3xf32>
  }
}
